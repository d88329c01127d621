import { afterEach, describe, expect, it } from 'vitest';
import { blocksFromPlainText } from '@shared/export/rich-text';
import { eventually, startWorkbench, type Workbench } from './harness';
import { ProposalEditorPage } from './pages/ProposalEditorPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);

/** The repro: type into 七、预期效果, click ← 返回提案列表, reopen — the text must not be gone. */
describe('proposal edits are never lost', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  async function openDraftProposal() {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
      lang: 'zh-CN',
    });
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    const draft = (await wb.call('proposals.list', {})).items.find((p) => p.status === 'draft')!;
    expect(draft).toBeDefined();
    const editor = new ProposalEditorPage(wb.page);
    const origin = new URL(wb.server.url).origin;
    const open = async () => {
      await wb!.page.goto(`${origin}/proposals/${draft.id}`);
      await editor.heading(draft.title).waitFor();
    };
    await open();
    return { wb, editor, draft, open, origin };
  }

  const effectText = async (wb: Workbench, id: number) =>
    JSON.stringify((await wb.call('proposals.get', { id })).sections.find((s) => s.key === 'effect')!.blocks);

  it('guards the back link, keeps an autosaved draft and offers it back on reopen', async () => {
    const { wb, editor, draft, open } = await openDraftProposal();
    const { page } = wb;
    await editor.typeInSection('effect', '新品上市三个月内声量第一。');
    // The draft is written a moment after typing pauses, before any save.
    await page.getByTestId('draft-saved').waitFor();

    // ← 返回提案列表: held, the guard asks.
    await page.getByRole('link', { name: `← ${t('proposalEditor.back')}` }).click();
    const guard = page.getByRole('dialog', { name: t('leaveGuard.title') });
    await guard.waitFor();
    // Stay: still in the editor, the text still there.
    await guard.getByRole('button', { name: t('leaveGuard.stay') }).click();
    await guard.waitFor({ state: 'hidden' });
    await expect(editor.sectionEditor('effect').textContent()).resolves.toContain('声量第一');

    // Leave without saving: nothing stored, but the draft is offered on reopen.
    await page.getByRole('link', { name: `← ${t('proposalEditor.back')}` }).click();
    await guard.getByRole('button', { name: t('leaveGuard.leave') }).click();
    await page.getByRole('heading', { level: 1, name: t('proposals.title'), exact: true }).waitFor();
    expect(await effectText(wb, draft.id)).not.toContain('声量第一');

    await open();
    const offer = page.getByTestId('draft-offer');
    await offer.waitFor();
    await expect(editor.sectionEditor('effect').textContent()).resolves.not.toContain('声量第一');
    await offer.getByRole('button', { name: t('proposalEditor.draftRestore') }).click();
    await expect(editor.sectionEditor('effect').textContent()).resolves.toContain('声量第一');

    // Ctrl+S saves it (the keyboard, from inside the rich text).
    await editor.sectionEditor('effect').click();
    await page.keyboard.press('Control+s');
    await page
      .getByRole('status')
      .filter({ hasText: t('proposalEditor.saved') })
      .waitFor();
    await eventually(async () => expect(await effectText(wb, draft.id)).toContain('声量第一'));
    // Saved: no draft left to offer, and leaving is not held.
    expect((await wb.call('proposals.draftGet', { proposalId: draft.id })).draft).toBeNull();
    await page.getByRole('link', { name: `← ${t('proposalEditor.back')}` }).click();
    await page.getByRole('heading', { level: 1, name: t('proposals.title'), exact: true }).waitFor();
    expect(wb.pageErrors).toEqual([]);
  });

  it('"save and leave" from the guard stores the text; a reload (window close) keeps the draft', async () => {
    const { wb, editor, draft, open } = await openDraftProposal();
    const { page } = wb;
    await editor.typeInSection('effect', '门店客流提升两成。');
    await page.getByRole('link', { name: `← ${t('proposalEditor.back')}` }).click();
    await page
      .getByRole('dialog', { name: t('leaveGuard.title') })
      .getByRole('button', { name: t('leaveGuard.save') })
      .click();
    await page.getByRole('heading', { level: 1, name: t('proposals.title'), exact: true }).waitFor();
    expect(await effectText(wb, draft.id)).toContain('门店客流提升两成');

    // Typing, then the window goes away (a reload stands in for a close or a crash).
    await open();
    await editor.typeInSection('effect', '复购率提高。');
    await page.getByTestId('draft-saved').waitFor();
    // The page holds the unload while it has unsaved changes (Electron turns this into its dialog).
    page.once('dialog', (d) => {
      expect(d.type()).toBe('beforeunload');
      void d.accept();
    });
    await page.reload();
    await editor.heading(draft.title).waitFor();
    await page
      .getByTestId('draft-offer')
      .getByRole('button', { name: t('proposalEditor.draftRestore') })
      .click();
    await expect(editor.sectionEditor('effect').textContent()).resolves.toContain('复购率提高');
    expect(wb.pageErrors).toEqual([]);
  });

  it('shows the conflict when someone saved meanwhile, names what differs, and can keep mine', async () => {
    const { wb, editor, draft } = await openDraftProposal();
    const { page } = wb;
    await editor.typeInSection('effect', '我的预期效果。');
    // Another window saves a different situation section meanwhile.
    const stored = await wb.call('proposals.get', { id: draft.id });
    await wb.call('proposals.save', {
      id: draft.id,
      revision: stored.revision,
      title: stored.title,
      quoteId: stored.quote?.id ?? null,
      sections: stored.sections.map((s) =>
        s.key === 'situation' ? { ...s, blocks: blocksFromPlainText('另一个窗口写的现状。') } : s,
      ),
      preCommunication: stored.preCommunication,
      selfCheck: stored.selfCheck,
    });

    await page.keyboard.press('Control+s');
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain(t('proposalEditor.sections.situation'));
    await expect(conflict.textContent()).resolves.toContain(t('proposalEditor.sections.effect'));
    // Nothing of mine was written over theirs.
    expect(await effectText(wb, draft.id)).not.toContain('我的预期效果');

    await conflict.getByRole('button', { name: t('live.conflict.keepMine') }).click();
    await conflict.waitFor({ state: 'hidden' });
    await eventually(async () => expect(await effectText(wb, draft.id)).toContain('我的预期效果'));
    expect(wb.pageErrors).toEqual([]);
  });

  it('"load what they saved" takes the stored content into the editor', async () => {
    const { wb, editor, draft } = await openDraftProposal();
    const { page } = wb;
    await editor.typeInSection('effect', '将被替换的文字。');
    const stored = await wb.call('proposals.get', { id: draft.id });
    await wb.call('proposals.save', {
      id: draft.id,
      revision: stored.revision,
      title: stored.title,
      quoteId: stored.quote?.id ?? null,
      sections: stored.sections.map((s) =>
        s.key === 'effect' ? { ...s, blocks: blocksFromPlainText('对方的预期效果。') } : s,
      ),
      preCommunication: stored.preCommunication,
      selfCheck: stored.selfCheck,
    });
    await page.getByRole('button', { name: t('proposalEditor.save'), exact: true }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.getByRole('button', { name: t('live.conflict.takeTheirs') }).click();
    await expect(editor.sectionEditor('effect').textContent()).resolves.toContain('对方的预期效果');
    await expect(editor.sectionEditor('effect').textContent()).resolves.not.toContain('将被替换');
    expect(wb.pageErrors).toEqual([]);
  });
});
