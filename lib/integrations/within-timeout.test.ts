import { withinTimeout } from './within-timeout';

describe('withinTimeout', () => {
  it('answers with onTimeout when the call never settles, and aborts the call', async () => {
    let aborted = false;
    const started = Date.now();
    const result = await withinTimeout(
      (signal) => {
        signal.addEventListener('abort', () => (aborted = true));
        return new Promise<string>(() => {}); // a connector that hangs
      },
      150,
      () => 'timed out',
    );
    expect(result).toBe('timed out');
    expect(aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('answers with the call’s result when it comes first, and passes its rejection on', async () => {
    await expect(
      withinTimeout(
        async () => 'ok',
        1000,
        () => 'timed out',
      ),
    ).resolves.toBe('ok');
    await expect(
      withinTimeout(
        () => Promise.reject(new Error('boom')),
        1000,
        () => 'x',
      ),
    ).rejects.toThrow('boom');
  });
});
