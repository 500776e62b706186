// Runs once when the Next server starts: bad configuration stops it with a readable message.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./lib/env');
    env();
  }
}
