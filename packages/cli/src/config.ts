import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AnalyzeOptions } from '@gloss/analysis';
import type { Voice } from '@gloss/document';
import { type CliIo, oneLine, UsageError } from './io.ts';
import { readConfigText } from './output.ts';
import { allowWarnings, checkDeny, checkSelectors } from './rule-names.ts';

/** `.glossrc.json`, or the `gloss` key of package.json, found from the working directory upwards. */
export interface GlossConfig {
  rules?: string[];
  disable?: string[];
  voice?: string[];
  minConfidence?: number;
  /** Never reported: rule ids, families, categories, entry ids or exact phrases. */
  allow?: string[];
  /** When given, only these are reported: rule ids, families, categories, entry ids or phrases (as alex). */
  deny?: string[];
  failOn?: string;
}

const KEYS = new Set(['rules', 'disable', 'voice', 'minConfidence', 'allow', 'deny', 'failOn']);

export function loadConfig(
  explicit: string | undefined,
  cwd = process.cwd(),
): { config: GlossConfig; path: string | null } {
  if (explicit) return { config: readConfig(resolve(cwd, explicit), false), path: explicit };
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const rc = join(dir, '.glossrc.json');
    if (existsSync(rc)) return { config: readConfig(rc, false), path: rc };
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const config = readConfig(pkg, true);
      if (Object.keys(config).length > 0) return { config, path: pkg };
    }
    if (dirname(dir) === dir) return { config: {}, path: null };
  }
}

function readConfig(path: string, fromPackageJson: boolean): GlossConfig {
  let data: unknown;
  try {
    data = JSON.parse(readConfigText(path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read config ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (fromPackageJson) data = (data as { gloss?: unknown })?.gloss ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new UsageError(`config ${path} must be a JSON object`);
  for (const key of Object.keys(data)) {
    if (!KEYS.has(key))
      throw new UsageError(`config ${path}: unknown key "${key}" (known: ${[...KEYS].join(', ')})`);
  }
  const config = data as GlossConfig;
  for (const key of ['rules', 'disable', 'voice', 'allow', 'deny'] as const) {
    const v = config[key];
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) {
      throw new UsageError(`config ${path}: "${key}" must be a list of strings`);
    }
  }
  return config;
}

/** The analysis options a config asks for (exactOptionalPropertyTypes: absent keys stay absent). */
export function analysisOptions(config: GlossConfig): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  if (config.rules) options.rules = config.rules;
  if (config.disable) options.disable = config.disable;
  if (config.voice) options.voices = config.voice as Voice[];
  if (config.minConfidence !== undefined) options.minConfidence = config.minConfidence;
  if (config.allow) options.allow = config.allow;
  if (config.deny) options.deny = config.deny;
  return options;
}

/**
 * {@link loadConfig}, with its rule names checked: an unknown id, family or category
 * in `rules`, `disable` or `deny` is a usage error; an unknown `allow` entry a warning
 * on stderr.
 */
export function loadCheckedConfig(explicit: string | undefined, io: CliIo): GlossConfig {
  const { config, path } = loadConfig(explicit);
  if (path === null) return config;
  const where = (key: string) => `"${key}" of ${path}`;
  checkSelectors(config.rules, where('rules'));
  checkSelectors(config.disable, where('disable'));
  checkDeny(config.deny, where('deny'));
  for (const warning of allowWarnings(config.allow, where('allow')))
    io.stderr(`gloss: ${oneLine(warning)}\n`);
  return config;
}
