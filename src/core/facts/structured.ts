/**
 * schema.org JobPosting fields as the page states them: `baseSalary` (a MonetaryAmount whose
 * value is a number or a QuantitativeValue), `jobLocationType` and `employmentType`. The JSON
 * is the page's: anything unexpected reads as "not stated".
 */
import type { EmploymentType, PayPeriod, RemoteKind, Salary } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

function num(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/[,\s$£€]/g, '')) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

const UNITS: Record<string, PayPeriod> = {
  YEAR: 'year',
  ANNUAL: 'year',
  ANNUALLY: 'year',
  YEARLY: 'year',
  MONTH: 'month',
  MONTHLY: 'month',
  WEEK: 'week',
  WEEKLY: 'week',
  DAY: 'day',
  DAILY: 'day',
  HOUR: 'hour',
  HOURLY: 'hour',
};

/** `baseSalary` (or `estimatedSalary`); null when absent or zero (iCIMS writes 0 for "not stated"). */
export function salaryFromSchema(baseSalary: unknown): Salary | null {
  const amount = first(baseSalary);
  if (!isObj(amount)) return null;
  const value = first(amount['value']);
  const q = isObj(value) ? value : { value };
  let min = num(q['minValue']);
  let max = num(q['maxValue']);
  const single = num(q['value']);
  min ??= max ?? single;
  max ??= min;
  if (min === null || max === null) return null;
  if (min > max) [min, max] = [max, min];
  const unit = typeof q['unitText'] === 'string' ? q['unitText'] : typeof amount['unitText'] === 'string' ? amount['unitText'] : '';
  const currency = typeof amount['currency'] === 'string' && /^[A-Za-z]{3}$/.test(amount['currency'].trim()) ? amount['currency'].trim().toUpperCase() : 'USD';
  const period = UNITS[unit.trim().toUpperCase()] ?? (max < 1000 ? 'hour' : 'year');
  return { min, max, currency, period };
}

export function remoteFromSchema(jobLocationType: unknown): RemoteKind | null {
  const list = Array.isArray(jobLocationType) ? jobLocationType : [jobLocationType];
  return list.some((t) => typeof t === 'string' && t.trim().toUpperCase() === 'TELECOMMUTE') ? 'remote' : null;
}

const EMPLOYMENT: Record<string, EmploymentType> = {
  FULL_TIME: 'full-time',
  FULLTIME: 'full-time',
  PART_TIME: 'part-time',
  PARTTIME: 'part-time',
  CONTRACTOR: 'contract',
  CONTRACT: 'contract',
  TEMPORARY: 'temporary',
  TEMP: 'temporary',
  INTERN: 'internship',
  INTERNSHIP: 'internship',
};

export function employmentFromSchema(employmentType: unknown): EmploymentType | null {
  const list = Array.isArray(employmentType) ? employmentType : [employmentType];
  for (const t of list) {
    if (typeof t !== 'string') continue;
    const hit = EMPLOYMENT[t.trim().toUpperCase().replace(/[\s-]+/g, '_')];
    if (hit) return hit;
  }
  return null;
}
