#!/usr/bin/env node
// The `fm-leaderboard` command (package.json "bin").
import { main } from './main.js';

process.exitCode = main(process.argv.slice(2));
