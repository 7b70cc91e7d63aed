import type { ReactNode } from 'react';
import { ThemeToggle } from './theme-toggle';

export const metadata = { title: 'Leaderboard in Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  // data-theme on <html>, as Docusaurus and Starlight mark theirs: the elements follow it.
  return (
    <html lang="en" data-theme="light">
      <body style={{ maxWidth: '72rem', margin: '0 auto', padding: '1rem', fontFamily: 'system-ui, sans-serif' }}>
        <ThemeToggle />
        {children}
      </body>
    </html>
  );
}
