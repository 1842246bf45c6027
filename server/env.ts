import { resolve } from 'node:path';
import { z } from 'zod';
import { isLoopbackHost } from '../domain/webhook-url.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `NAME=` in a compose file or unit means unset, not a malformed value. */
function unsetWhenEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
}
/** Notify keys end with two UUIDs: the service id, then the secret the client signs with. */
const NOTIFY_KEY =
  /^.*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  HEARD_SMTP_URL: unsetWhenEmpty(
    z.string().regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL'),
  ),
  /**
   * The From of every email: `noreply@council.example` or `Hillshire Board <noreply@…>`. Staff
   * alerts show "Heard" as the name; the address is always this one. Unset: `heard@` the host of
   * HEARD_PUBLIC_URL.
   */
  HEARD_MAIL_FROM: unsetWhenEmpty(z.string().min(3)),
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
  // GOV.UK Notify (decision 0087, docs/operations.md "GOV.UK Notify"). Set the key and at
  // least one template id; a template id without the key, or a key without any, stops start-up.
  /** The API key from Notify's "API integration" page: `name-<service id>-<secret>`. Never logged. */
  HEARD_NOTIFY_API_KEY: unsetWhenEmpty(
    z.string().regex(NOTIFY_KEY, 'must be a GOV.UK Notify API key (name-<service id>-<secret>)'),
  ),
  /** Email template whose subject is `((subject))` and body `((body))`. */
  HEARD_NOTIFY_EMAIL_TEMPLATE_ID: unsetWhenEmpty(z.string().regex(UUID, 'must be a template id')),
  /** Text message template whose body is `((body))`. */
  HEARD_NOTIFY_SMS_TEMPLATE_ID: unsetWhenEmpty(z.string().regex(UUID, 'must be a template id')),
  /** Optional reply-to address id from the Notify service's email settings. */
  HEARD_NOTIFY_EMAIL_REPLY_TO_ID: unsetWhenEmpty(z.string().regex(UUID, 'must be a reply-to id')),
  /** Notify's API address, for tests against a local server; production Notify when unset. */
  HEARD_NOTIFY_BASE_URL: unsetWhenEmpty(
    z
      .string()
      .url()
      .refine(
        (u) => u.startsWith('https://') || (URL.canParse(u) && isLoopbackHost(new URL(u).hostname)),
        'must be an https URL (http only for this machine)',
      ),
  ),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

/** Settings that only make sense together: a Notify key needs a template to send with. */
function notifySettingsTogether(
  env: z.output<typeof EnvSchema>,
  ctx: { addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void },
): void {
  const templates = ['HEARD_NOTIFY_EMAIL_TEMPLATE_ID', 'HEARD_NOTIFY_SMS_TEMPLATE_ID'] as const;
  if (env.HEARD_NOTIFY_API_KEY && !templates.some((name) => env[name])) {
    ctx.addIssue({
      code: 'custom',
      path: ['HEARD_NOTIFY_API_KEY'],
      message:
        'is set, but neither HEARD_NOTIFY_EMAIL_TEMPLATE_ID nor HEARD_NOTIFY_SMS_TEMPLATE_ID is: GOV.UK Notify sends only with a template',
    });
  }
  if (env.HEARD_NOTIFY_API_KEY) return;
  for (const name of [
    ...templates,
    'HEARD_NOTIFY_EMAIL_REPLY_TO_ID',
    'HEARD_NOTIFY_BASE_URL',
  ] as const) {
    if (env[name]) {
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: 'is set, but HEARD_NOTIFY_API_KEY is not',
      });
    }
  }
}

export type Env = z.output<typeof EnvSchema> & { databaseFile: string };

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.superRefine(notifySettingsTogether).safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Heard cannot start: some settings are not valid.\n${lines.join('\n')}`);
  }
  const dataDir = resolve(parsed.data.DATA_DIR);
  return { ...parsed.data, DATA_DIR: dataDir, databaseFile: resolve(dataDir, 'heard.db') };
}
