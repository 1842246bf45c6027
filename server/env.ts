import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Everything a deployment can set, with its default and why.
 */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on. Loopback by default: put a TLS proxy in front in production. */
  HOST: z.string().default('127.0.0.1'),
  /** Port of the demo council page served by `npm start` (0 turns it off). */
  DEMO_HOST_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  DATA_DIR: z.string().default('./data'),
  /** Base64 of 32 random bytes. Without it, a key file is created in DATA_DIR (mode 0600). */
  HEARD_DATA_KEY: z.string().optional(),
  /** The public https URL, when served behind TLS (turns on HSTS and Secure cookies; the base of set-up links). */
  HEARD_PUBLIC_URL: z.string().url().optional(),
  HEARD_ADMIN_EMAIL: z.string().optional(),
  HEARD_ADMIN_PASSWORD: z.string().optional(),
  HEARD_REQUIRE_2FA: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** How many proxies in front of Heard may set X-Forwarded-For (0: use the socket address). */
  HEARD_TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
  /**
   * Where email goes out (issue 13, docs/operations.md "Sending messages"): an SMTP URL such as
   * `smtp://user:pass@mail.example:587` (STARTTLS when offered) or `smtps://…:465` (TLS from the
   * start). With neither this nor GOV.UK Notify set, messages wait in Admin → Messages.
   */
  HEARD_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /**
   * The From of every email: `noreply@council.example` or `Hillshire Board <noreply@…>`. Staff
   * alerts show "Heard" as the name; the address is always this one. Unset: `heard@` the host of
   * HEARD_PUBLIC_URL.
   */
  HEARD_MAIL_FROM: z.string().min(3).optional(),
  HEARD_SEED_DEMO: z
    .enum(['true', 'false', '1', '0', ''])
    .default('true')
    .transform((v) => v === 'true' || v === '1' || v === ''),
  /** Public story posts one address may make per hour (a burst of a tenth of this at once). 0 turns the limit off (tests only). */
  HEARD_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(0).max(1_000_000).default(120),
  /** Stories one site may receive per hour from all addresses together. 0 turns the limit off (tests only). */
  HEARD_RATE_LIMIT_PER_SITE: z.coerce.number().int().min(0).max(1_000_000).default(1200),
  /** Months a raw submission's original text is kept before retention anonymises it (docs/operations.md). */
  HEARD_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** Chromium for PDF Board packs (optional, docs/operations.md). Unset: /usr/bin/chromium if present. */
  CHROMIUM_PATH: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Env = z.output<typeof EnvSchema> & { databaseFile: string };

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Heard cannot start: some settings are not valid.\n${lines.join('\n')}`);
  }
  const dataDir = resolve(parsed.data.DATA_DIR);
  return { ...parsed.data, DATA_DIR: dataDir, databaseFile: resolve(dataDir, 'heard.db') };
}
