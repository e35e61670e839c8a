// The manifest types. They are generated from schemas/*.schema.json (the one definition);
// this module re-exports them under the names the rest of wharf uses. `Environment` and the
// others are manifests as validated, every schema default filled in (src/manifests/schemas.ts);
// the `...Input` types are manifests as written, for code and tests that build one.
export type {
  Environment,
  AppService,
  Health,
  Tls,
  DeploySettings,
  Maintenance as MaintenanceSettings,
  Postgres,
  PgBouncer,
  ExternalPostgres,
  RabbitMQ,
  Monitoring,
  Prometheus,
  Grafana,
  Backups,
  SecretSource,
  Resources,
  Job,
} from './environment-manifest.generated.js';
export type {
  Repository,
  EnvironmentBinding,
  Previews,
  PreviewOverrides,
  PolicyGrant,
} from './repository-manifest.generated.js';
export type {
  Environment as EnvironmentInput,
  AppService as AppServiceInput,
} from './environment-manifest-input.generated.js';
export type {
  Repository as RepositoryInput,
  Previews as PreviewsInput,
} from './repository-manifest-input.generated.js';
