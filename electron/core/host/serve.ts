import type { Channel } from '@shared/host/channel';
import { toCoreMessage, type FromCoreMessage } from '@shared/host/protocol';
import { hostRefusal } from '@shared/host/messages';
import { DEFAULT_LANG } from '@shared/i18n/lang';
import type { Logger } from '../../common/log';
import type { Core } from '../index';

/**
 * Answer the relay's messages on `channel` with `core`. Messages that arrive while the core is
 * still opening wait for it (the window may call before the workspace is open). The session of
 * each call is the relay's; a sign-in or sign-out hands the new one back with the result.
 */
export function serveCore(channel: Channel, core: Promise<Core>, log: Logger): void {
  const post = (message: FromCoreMessage) => channel.post(message);

  channel.onMessage((raw) => {
    handle(raw).catch((e: unknown) => log.error('the core host failed on a message', e));
  });

  async function handle(raw: unknown): Promise<void> {
    const parsed = toCoreMessage.safeParse(raw);
    if (!parsed.success) {
      log.error('refused a malformed message from the relay', { issues: parsed.error.issues.slice(0, 5) });
      // A call with a usable id still gets its answer, so the caller is not left waiting.
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'number' && Number.isInteger(id) && id >= 0)
        post({ type: 'result', id, response: hostRefusal('validation', 'error.validation', DEFAULT_LANG) });
      return;
    }
    const message = parsed.data;
    if (message.type === 'ping') return post({ type: 'pong', id: message.id });
    const opened = await core;
    if (message.type === 'close') {
      await opened.close();
      return post({ type: 'closed' });
    }
    let session: string | null | undefined;
    const response = await opened.call(message.name, message.args, {
      sessionId: message.session,
      client: message.client,
      lang: message.lang,
      onSession: (id) => (session = id),
    });
    post(
      session === undefined
        ? { type: 'result', id: message.id, response }
        : { type: 'result', id: message.id, response, session },
    );
  }
}
