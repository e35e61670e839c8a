// The manifest types. They are generated from schemas/*.schema.json (the one definition);
// this module re-exports them under the names the rest of wharf uses.
export type {
  Environment,
  AppService,
  Health,
  Tls,
  DeploySettings,
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
} from './environment-manifest.generated.js';
export type {
  Repository,
  EnvironmentBinding,
  Previews,
  PreviewOverrides,
  PolicyGrant,
} from './repository-manifest.generated.js';
