import type { Driver, Session } from 'neo4j-driver';

export interface SessionCount {
  opened: number;
  closed: number;
}

/** The driver, counting the sessions opened and closed through it: a leak shows as a difference once load stops. */
export function countSessions(driver: Driver, count: SessionCount): Driver {
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') {
        return (...args: Parameters<Driver['session']>): Session => {
          const session = target.session(...args);
          count.opened += 1;
          let closed = false;
          const close = session.close.bind(session);
          session.close = async () => {
            if (!closed) count.closed += 1;
            closed = true;
            return close();
          };
          return session;
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
