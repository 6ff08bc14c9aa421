import type { FastifyRequest } from 'fastify';
import type { Db } from '@cauce/engine';
import type { ProcedurePackage } from '@cauce/procedure-kit';
import type { Language, Role } from '@cauce/schemas';
import type { VersionKind } from '../store/VersionKinds';

/** Who is asking, as the injected `authenticate` says. @public */
export interface DesignerViewer {
  userId: string;
  role: Role;
}

/** What a publish or rollback is, as the designer tells the injected `publish` and `audit`. @public */
export interface PublishRecord {
  procedureId: string;
  /** the designer's version number; the package's manifest says `<version>.0.0` */
  version: number;
  kind: VersionKind;
  /** for a rollback, the version whose files are published again */
  fromVersion: number | null;
  reason: string;
  userId: string;
  role: Role;
  at: Date;
}

/**
 * What `designerApi` needs from outside the designer, wired by the composition root (`product/`): the designer never
 * imports the channels or the connectors. Each is one seam, so another sign-in (OIDC) or another channel is one
 * line in product.
 * @public
 */
export interface DesignerApiOptions {
  /** the viewer of a request (the channels' token or cookie in product); undefined → 401 */
  authenticate(request: FastifyRequest): DesignerViewer | undefined | Promise<DesignerViewer | undefined>;
  /**
   * deploys a checked package to the engine and stores it for the channels (product: the channels'
   * `publishProcedure`); running instances stay on their version. Answers the engine's deployment id.
   */
  publish(pkg: ProcedurePackage, record: PublishRecord): Promise<{ deploymentId?: string | null }>;
  /** the self-service page HTML of a step as the citizen gets it, from a package held in memory (channels' renderer) */
  previewPage(pkg: ProcedurePackage, step: string, language: Language): string | Promise<string>;
  /** the connectors' Camunda 7 element templates (product: `CONNECTORS` of @cauce/connectors) */
  templates(): readonly unknown[];
  /** records a publish or rollback in the audit trail (product: the channels' audit log); default: nothing */
  audit?(record: PublishRecord): void | Promise<void>;
  /** the designer's database; default the app's `db` (cauce-core) */
  db?: Db;
  /** the store's clock (tests) */
  clock?: () => Date;
}
