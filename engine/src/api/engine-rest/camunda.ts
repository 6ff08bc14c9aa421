import type { FastifyRequest } from 'fastify';
import { Errors } from '../../errorCodes';
import { isUuid } from '../../ids';

/**
 * Camunda 7 wire formats shared by the /engine-rest routes.
 * @internal
 */

/** Camunda's date format, always UTC: `2026-01-01T09:00:00.000+0000`. */
export function camundaDate(value: Date | string): string;
export function camundaDate(value: Date | string | null | undefined): string | null;
export function camundaDate(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return date.toISOString().replace('Z', '+0000');
}

/**
 * Reads a date query parameter (Camunda format or ISO 8601); a bad one is a 400, not an empty result.
 * An unencoded `+0000` arrives as ` 0000` (a `+` in a query string is a space), so that is read as `+` too.
 */
export function parseDateParam(name: string, value: string | undefined): Date | null {
  if (value === undefined || value === '') return null;
  const time = Date.parse(value.replace(/ (\d{2}):?(\d{2})$/, '+$1$2').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(time))
    throw Errors.bodyInvalid(`querystring/${name} must be a date like 2026-01-01T09:00:00.000+0000`);
  return new Date(time);
}

/** A comma-separated list parameter (`processInstanceIds=a,b`); absent stays null, so SQL ignores the filter. */
export function csvParam(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * A filter on a uuid column. Cauce ids are UUIDs, so a value that is not one matches nothing: `none` tells the
 * route to answer an empty list without asking the database (which would refuse the cast).
 */
export function uuidFilter(value: string | undefined): { value: string | null; none: boolean } {
  if (value === undefined) return { value: null, none: false };
  return isUuid(value) ? { value, none: false } : { value: null, none: true };
}

/** Like uuidFilter for a list: the valid ids, and `none` when ids were given and none of them can exist. */
export function uuidListFilter(value: string | undefined): { value: string[] | null; none: boolean } {
  const list = csvParam(value);
  if (list === null) return { value: null, none: false };
  const ids = list.filter(isUuid);
  return { value: ids, none: ids.length === 0 };
}

/** Camunda's paging: firstResult (default 0) and maxResults (default: all). */
export function paging(q: { firstResult?: number; maxResults?: number }): [number, number | null] {
  return [q.firstResult ?? 0, q.maxResults ?? null];
}

/** The `links` of a created resource, absolute like Camunda's (`http://host/engine-rest/process-instance/…`). */
export function selfLink(request: FastifyRequest, path: string): Array<{ method: string; href: string; rel: string }> {
  return [{ method: 'GET', href: `${request.protocol}://${request.host}/engine-rest${path}`, rel: 'self' }];
}

/** Postgres returns int8 as a string; DTOs want numbers. */
export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}
