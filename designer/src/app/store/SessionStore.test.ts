import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import type { Language, LoginResult, Role } from '../api/types';
import { memoryKeyValue } from './KeyValue';
import { NoticeStore } from './NoticeStore';
import { SessionStore } from './SessionStore';

const ROLES: Record<string, Role> = { marta: 'specialist', sara: 'supervisor', ana: 'agent-l1' };

function session(kept = memoryKeyValue(), prefs = memoryKeyValue()) {
  const api = {
    token: undefined as string | undefined,
    language: 'es' as Language,
    async login(user: string, password: string): Promise<LoginResult> {
      if (password !== 'cauce' || !ROLES[user]) throw new ApiError(401, 'CAUCE_ERR_LOGIN_FAILED', 'wrong');
      return { token: `t-${user}`, user: { id: user, role: ROLES[user], name: user } };
    },
  };
  const notices = new NoticeStore();
  return { api, notices, store: new SessionStore(api, notices, kept, prefs), kept, prefs };
}

describe('SessionStore', () => {
  it('lets a specialist in to write and a supervisor to read; keeps the login for a reload', async () => {
    // given
    const marta = session();
    const sara = session();
    // when
    const ok = await marta.store.signIn(' marta ', 'cauce');
    await sara.store.signIn('sara', 'cauce');
    const reloaded = session(marta.kept);
    const restored = reloaded.store.restore();
    // then
    expect(ok).toBe(true);
    expect(marta.store.getSnapshot()).toMatchObject({ access: 'write', user: { id: 'marta' } });
    expect(marta.api.token).toBe('t-marta');
    expect(sara.store.getSnapshot().access).toBe('read');
    expect([restored, reloaded.api.token, reloaded.store.getSnapshot().access]).toEqual([true, 't-marta', 'write']);
  });

  it('tells an agent the designer is not for them, keeps no login, and words a wrong password as a notice', async () => {
    // given
    const s = session();
    // when
    const agent = await s.store.signIn('ana', 'cauce');
    const refused = s.store.getSnapshot();
    await s.store.signIn('marta', 'wrong');
    // then
    expect(agent).toBe(false);
    expect(refused).toMatchObject({ access: 'none', refused: { id: 'ana' } });
    expect(s.api.token).toBeUndefined();
    expect(s.kept.getItem('cauce.designer.login')).toBeNull();
    expect(s.notices.getSnapshot().notice).toMatchObject({ kind: 'error', key: 'error.CAUCE_ERR_LOGIN_FAILED' });
  });

  it('keeps the UI language across reloads and forgets the login on sign-out', async () => {
    // given
    const s = session();
    await s.store.signIn('marta', 'cauce');
    // when
    s.store.setLanguage('eu');
    s.store.signOut();
    const again = session(s.kept, s.prefs);
    // then
    expect(again.store.getSnapshot().language).toBe('eu');
    expect(again.api.language).toBe('eu');
    expect(again.store.restore()).toBe(false);
  });
});
