import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { Permission } from '@referrals/contracts';
import { PUBLIC_ROUTE, REQUIRED_PERMISSION } from '../../src/common/auth.decorators';

export interface AppRoute {
  /** `GET`, `POST`, … */
  method: string;
  /** As the client calls it, with Nest's parameters left in: `/api/referrals/:id/withdraw`. */
  path: string;
  controller: string;
  handler: string;
  isPublic: boolean;
  permission: Permission | null;
}

/** Routes outside the global `api` prefix, as `create-app.ts` excludes them. */
const UNPREFIXED = new Set(['/dev-idp/sso', '/dev-idp/metadata']);

function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment.length > 0)
    .join('/');
  return `/${joined}`;
}

function pathsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [value === undefined ? '/' : String(value)];
}

/**
 * Every HTTP route the application serves, read from the controllers' own metadata, so a test built on it
 * covers a route the day it is added, without anyone listing it by hand.
 */
export function appRoutes(app: INestApplication): AppRoute[] {
  const routes: AppRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prefixes = pathsOf(Reflect.getMetadata(PATH_METADATA, controller));
      const classPublic = Reflect.getMetadata(PUBLIC_ROUTE, controller) === true;
      const classPermission = (Reflect.getMetadata(REQUIRED_PERMISSION, controller) as Permission | undefined) ?? null;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        if (name === 'constructor') continue;
        const handler = prototype[name];
        if (typeof handler !== 'function') continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const handlerPaths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (requestMethod === undefined || handlerPaths === undefined) continue;
        const isPublic = Reflect.getMetadata(PUBLIC_ROUTE, handler) === true || classPublic;
        const permission = (Reflect.getMetadata(REQUIRED_PERMISSION, handler) as Permission | undefined) ?? classPermission;
        for (const prefix of prefixes) {
          for (const handlerPath of pathsOf(handlerPaths)) {
            const unprefixed = joinPath(prefix, handlerPath);
            routes.push({
              method: RequestMethod[requestMethod],
              path: UNPREFIXED.has(unprefixed) ? unprefixed : joinPath('api', unprefixed),
              controller: controller.name,
              handler: name,
              isPublic,
              permission,
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** `GET /api/referrals/:id`: how a route is named in tables and test titles. */
export function routeKey(route: Pick<AppRoute, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}
