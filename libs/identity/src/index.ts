export { ACTOR_CHANGED_CHANNEL, ActorCache } from './auth/actor-cache';
export * from './auth/actor.decorator';
export { LocalAuthGuard } from './auth/guards';
export type { TokenPair } from './auth/token.service';
export * from './domain';
export * from './identity.module';
export * from './use-cases';
