// The contracts barrel also exports the API's validated DTO classes, whose class-transformer decorators
// read Reflect metadata when their module loads.
import 'reflect-metadata';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});
