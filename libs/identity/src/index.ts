export { ACTOR_CHANGED_CHANNEL, ActorCache } from './auth/actor-cache';
export * from './auth/actor.decorator';
export { ClientDevice, clientDevice } from './auth/client-device';
export { LocalAuthGuard } from './auth/guards';
export type { TokenPair } from './auth/token.service';
export * from './domain';
export type { SessionDevice } from './persistence';
export * from './identity.module';
export * from './use-cases';
