import { describe, expect, it } from 'vitest';
import { STARTER_RATE_CARD } from '@shared/rate-card/starter';
import { defaultSetupValues, renameStarterRoles, setupFormSchema, toSetupArgs } from '@shared/first-run/setup-form';

describe('the first-run form model', () => {
  it('starts at CNY and 6% VAT with every starter role ticked, named in the screen language', () => {
    const v = defaultSetupValues('en');
    expect(v).toMatchObject({ currency: 'CNY', taxPercent: '6', mode: 'empty' });
    expect(v.starter.map((r) => r.role)).toEqual(STARTER_RATE_CARD.map((r) => r.role.en));
    expect(v.starter.every((r) => r.include)).toBe(true);
  });

  it('renames untouched roles on a language switch and keeps a typed name', () => {
    const rows = defaultSetupValues('zh-CN').starter;
    rows[2] = { ...rows[2]!, role: '资深文案' };
    const en = renameStarterRoles(rows, 'en');
    expect(en[0]!.role).toBe('Account Director');
    expect(en[2]!.role).toBe('资深文案');
    expect(renameStarterRoles(en, 'zh-CN')[0]!.role).toBe('客户总监');
  });

  it('sends only ticked roles; the demo sends neither currency, VAT nor roles', () => {
    const v = { ...defaultSetupValues('zh-CN'), adminName: '王芳', companyName: '星河' };
    v.starter[6] = { ...v.starter[6]!, include: false };
    const parsed = setupFormSchema('zh-CN').parse(v);
    expect(toSetupArgs(parsed).starterRoles).toHaveLength(6);
    const demo = toSetupArgs(setupFormSchema('zh-CN').parse({ ...v, mode: 'demo' }));
    expect(demo).not.toHaveProperty('currency');
    expect(demo).not.toHaveProperty('taxPercent');
    expect(demo).not.toHaveProperty('starterRoles');
  });

  it('refuses a ticked role with a bad amount in the screen language, and ignores an unticked one', () => {
    const v = { ...defaultSetupValues('en'), adminName: 'Wang', companyName: 'Galaxy' };
    v.starter[0] = { ...v.starter[0]!, rate: Number.NaN };
    const bad = setupFormSchema('en').safeParse(v);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['starter', 0, 'rate']);
    expect(bad.error?.issues[0]?.message).toMatch(/[a-z]/i);
    v.starter[0] = { ...v.starter[0]!, include: false };
    expect(setupFormSchema('en').safeParse(v).success).toBe(true);
  });
});
