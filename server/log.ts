/**
 * Structured one-line JSON logs. Callers pass only what is safe to log: ids, codes, counts,
 * durations. Never story text, contact details or references (SECURITY.md; tested by grepping
 * the log of a full run for a canary).
 */
export type Level = 'debug' | 'info' | 'warn' | 'error';
export type Logger = Record<Level, (event: string, fields?: Record<string, unknown>) => void>;

const ORDER: Record<Level | 'silent', number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 99,
};

export function createLogger(
  minimum: Level | 'silent' = 'info',
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const emit = (level: Level) => (event: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] < ORDER[minimum]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
