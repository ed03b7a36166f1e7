import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who a request's actor is (user, live session, memberships and the kinds of their
 * organizations, parks those organizations operate) is cached by the API processes; every
 * change to those facts is announced on the `actor_changed` channel, committed or not at
 * all, by whatever wrote it — a use case, a tool, or someone at a psql prompt.
 * Payloads: `session:<id>`, `user:<id>`, or `all`.
 */
export class ActorChanges1764220000000 implements MigrationInterface {
  name = 'ActorChanges1764220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_actor_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'sessions' THEN
          PERFORM pg_notify('actor_changed', 'session:' || OLD.id);
        ELSIF TG_TABLE_NAME = 'users' THEN
          PERFORM pg_notify('actor_changed', 'user:' || OLD.id);
          IF TG_OP = 'UPDATE' THEN
            PERFORM pg_notify('actor_changed', 'user:' || NEW.id);
          END IF;
        ELSIF TG_TABLE_NAME = 'memberships' THEN
          -- Identical notifications of one transaction are sent once.
          IF TG_OP <> 'INSERT' THEN
            PERFORM pg_notify('actor_changed', 'user:' || OLD.user_id);
          END IF;
          IF TG_OP <> 'DELETE' THEN
            PERFORM pg_notify('actor_changed', 'user:' || NEW.user_id);
          END IF;
        ELSE
          -- An organization's kind, or which organization operates a park: rare, and it
          -- touches every member, so everything is forgotten.
          PERFORM pg_notify('actor_changed', 'all');
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER sessions_actor_changed AFTER UPDATE OF user_id, expires_at, revoked_at OR DELETE ON sessions
        FOR EACH ROW EXECUTE FUNCTION notify_actor_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER memberships_actor_changed AFTER INSERT OR UPDATE OR DELETE ON memberships
        FOR EACH ROW EXECUTE FUNCTION notify_actor_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER users_actor_changed AFTER UPDATE OF id, email OR DELETE ON users
        FOR EACH ROW EXECUTE FUNCTION notify_actor_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER organizations_actor_changed AFTER UPDATE OF id, kind OR DELETE ON organizations
        FOR EACH STATEMENT EXECUTE FUNCTION notify_actor_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER parks_actor_changed AFTER INSERT OR UPDATE OF operator_organization_id OR DELETE ON parks
        FOR EACH STATEMENT EXECUTE FUNCTION notify_actor_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['parks', 'organizations', 'users', 'memberships', 'sessions']) {
      await queryRunner.query(`DROP TRIGGER ${table}_actor_changed ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION notify_actor_changed()`);
  }
}
