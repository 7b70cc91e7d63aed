import 'fm-leaderboard/page';
