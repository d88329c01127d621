import { describe, expect, it } from 'vitest';
import { changeEventSchema, MAX_CHANGES, parseChangeEvent } from '@shared/live/changes';
import { changeEventOf } from '../../electron/core/changes/changes-of';

const AT = '2026-12-02T01:00:00.000Z';
const lead = { id: 3, name: '陈客户经理' };

describe('changeEventOf: what a committed write changed', () => {
  it('names the kind and row of each entity the handler noted, once each', () => {
    const e = changeEventOf(
      'proposals.requestApproval',
      [
        { entity: 'approval', entityId: 7 },
        { entity: 'proposal', entityId: '12' },
        { entity: 'proposal', entityId: 12 },
      ],
      lead,
      AT,
    );
    expect(e).toEqual({
      call: 'proposals.requestApproval',
      at: AT,
      by: lead,
      changes: [
        { kind: 'approval', id: 7 },
        { kind: 'proposal', id: 12 },
      ],
    });
    expect(changeEventSchema.safeParse(e).success).toBe(true);
  });

  it('groups related entities into one kind', () => {
    expect(changeEventOf('visits.save', [{ entity: 'visit', entityId: 4 }], lead, AT)!.changes).toEqual([
      { kind: 'care', id: 4 },
    ]);
    expect(changeEventOf('branding.update', [{ entity: 'branding' }], lead, AT)!.changes).toEqual([
      { kind: 'settings', id: null },
    ]);
  });

  it('takes the kind from the call area when the notes name no entity', () => {
    expect(changeEventOf('complaints.delete', [], lead, AT)!.changes).toEqual([{ kind: 'care', id: null }]);
    expect(changeEventOf('exchangeRates.save', [], lead, AT)!.changes).toEqual([{ kind: 'settings', id: null }]);
  });

  it('says "workspace" for an entity or area nobody mapped, and for too many changes', () => {
    expect(changeEventOf('somethingNew.save', [{ entity: 'gizmo', entityId: 1 }], lead, AT)!.changes).toEqual([
      { kind: 'workspace', id: null },
    ]);
    expect(changeEventOf('somethingNew.save', [], lead, AT)!.changes).toEqual([{ kind: 'workspace', id: null }]);
    const many = Array.from({ length: MAX_CHANGES + 1 }, (_, i) => ({ entity: 'quote', entityId: i + 1 }));
    expect(changeEventOf('settings.update', many, lead, AT)!.changes).toEqual([{ kind: 'workspace', id: null }]);
  });

  it('publishes nothing for signing in or out', () => {
    expect(changeEventOf('auth.signIn', [{ entity: 'user', entityId: 3 }], lead, AT)).toBeNull();
    expect(changeEventOf('auth.signOut', [{ entity: 'user', entityId: 3 }], lead, AT)).toBeNull();
  });

  it('keeps a bad id out of the event rather than passing it on', () => {
    expect(changeEventOf('quotes.save', [{ entity: 'quote', entityId: 'abc' }], null, AT)!.changes).toEqual([
      { kind: 'quote', id: null },
    ]);
  });
});

describe('parseChangeEvent: what arrives from elsewhere is checked', () => {
  it('refuses what is not an event', () => {
    expect(parseChangeEvent(null)).toBeNull();
    expect(parseChangeEvent({ call: 'x', at: AT, by: null, changes: [] })).toBeNull();
    expect(parseChangeEvent({ call: 'x', at: AT, by: null, changes: [{ kind: 'everything', id: null }] })).toBeNull();
    expect(parseChangeEvent({ call: 'x', at: AT, by: null, changes: [{ kind: 'quote', id: 1 }], extra: 1 })).toBeNull();
    expect(parseChangeEvent({ call: 'x', at: AT, by: null, changes: [{ kind: 'quote', id: 1 }] })).not.toBeNull();
  });
});
