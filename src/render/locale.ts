/** Locales: labels and date formats per language, from templates/locales/*.yaml, with date-fns locales. */
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns/format';
import type { Locale as DateFnsLocale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import { vi } from 'date-fns/locale/vi';
import { parse } from 'yaml';
import { LocaleSchema, type Locale } from '../model/template.js';
import { issueLine } from '../model/zod-issue.js';

const DATE_FNS: Record<Locale['locale'], DateFnsLocale> = { en: enGB, fr, vi };

/** Read and validate a locale file; errors name the file and field. */
export function readLocale(dir: string, id: string): Locale {
  const file = path.join(dir, `${id}.yaml`);
  if (!fs.existsSync(file)) throw new Error(`${file}: locale "${id}" not found (available: ${fs.readdirSync(dir).map((f) => f.replace(/\.yaml$/, '')).join(', ')})`);
  const result = LocaleSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(`${file}: ${issueLine(result.error)}`);
  }
  return result.data;
}

/** A label with `{name}` placeholders filled; a missing label is an error so templates stay honest. */
export function label(locale: Locale, key: string, vars: Record<string, string | number> = {}): string {
  const raw = locale.labels[key];
  if (raw === undefined) throw new Error(`unknown label "${key}" in locale ${locale.locale}`);
  return raw.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** A reviewed period as a reader says it: "2023", "2019-2024", and a half year in words ("first half of 2024"). */
export function periodLabel(locale: Locale, period: string): string {
  const half = /^(\d{4})-H([12])$/.exec(period);
  return half ? label(locale, `halfYear${half[2]}`, { year: half[1] as string }) : period;
}

/** An ISO date (yyyy-mm-dd) in the locale's long format ("26 January 2024", "ngày 26 tháng 1 năm 2024"). */
export function formatDate(locale: Locale, iso: string, pattern = locale.dateFormat): string {
  const [y, m, d] = iso.split('-').map(Number);
  return format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12)), pattern, { locale: DATE_FNS[locale.locale] });
}

/** A number with the locale's grouping and decimal marks. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(locale: Locale, n: number): string {
  let f = numberFormats.get(locale.locale);
  if (!f) {
    const tag = locale.locale === 'vi' ? 'vi-VN' : locale.locale === 'fr' ? 'fr-FR' : 'en-GB';
    f = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
    numberFormats.set(locale.locale, f);
  }
  return f.format(n).replace(/\u202f/g, '\u00a0');
}
