// A page's call to the service worker when the worker stops while it holds the call (Chrome stops idle, crashed or
// updated workers): the page gets `workerStopped`, which it can word, never Chrome's technical sentence; and a file
// already downloaded is noted by asking again, once, before the doctor is told it was not noted.
import { afterEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn<(msg: unknown) => Promise<unknown>>();
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage: (m: unknown) => sendMessage(m) } } }));
const { callBackground } = await import('./client');
const { recordDownload } = await import('../ui/shared/download');

afterEach(() => sendMessage.mockReset());

const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string; params?: unknown }) => ({ code: e.code, params: e.params }));

describe('callBackground when the service worker stops mid-call', () => {
  it('throws workerStopped, naming the call, for the channel Chrome closes and for a missing reply', async () => {
    sendMessage.mockRejectedValueOnce(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'));
    expect(await codeOf(callBackground('bundle.sign', { dataBase64: '' }))).toEqual({ code: 'workerStopped', params: { call: 'bundle.sign' } });
    sendMessage.mockResolvedValueOnce(undefined);
    expect(await codeOf(callBackground('settings.get', {}))).toEqual({ code: 'workerStopped', params: { call: 'settings.get' } });
  });

  it('keeps the worker’s own error codes and any other failure as they are', async () => {
    sendMessage.mockResolvedValueOnce({ ok: false, error: { code: 'caseNotFound', params: { caseId: 'c1' }, message: 'case not found: c1' } });
    expect(await codeOf(callBackground('cases.get', { caseId: 'c1' }))).toEqual({ code: 'caseNotFound', params: { caseId: 'c1' } });
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(callBackground('settings.get', {})).rejects.toThrow('Receiving end does not exist');
  });
});

describe('recordDownload', () => {
  const logExport = () => callBackground('custody.logExport', { caseIds: ['c1'], filename: 'b.zip', sha256: '0'.repeat(64) });

  it('asks a new worker once more when the first stopped, and succeeds', async () => {
    sendMessage.mockResolvedValueOnce(undefined).mockResolvedValueOnce({ ok: true, value: true });
    await recordDownload('b.zip', logExport);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('says the file was downloaded but not noted when the second try fails too, or when the failure is not a stopped worker', async () => {
    sendMessage.mockResolvedValue(undefined);
    expect(await codeOf(recordDownload('b.zip', logExport))).toEqual({ code: 'downloadNotRecorded', params: { file: 'b.zip' } });
    expect(sendMessage).toHaveBeenCalledTimes(2);
    sendMessage.mockReset();
    sendMessage.mockResolvedValue({ ok: false, error: { code: 'storeFull', params: {}, message: 'full' } });
    expect(await codeOf(recordDownload('b.zip', logExport))).toEqual({ code: 'downloadNotRecorded', params: { file: 'b.zip' } });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
