import { success } from '../envelope';
import { unixSeconds } from '../time-format';
import type { Handler } from './handler';

/** GET /trackings/getuserinfo: `track_number` is the creation quota left. */
export const getUserInfo: Handler = (state) =>
  success({
    email: 'sandbox@trackbot.invalid',
    regtime: String(unixSeconds(state.startedAtMs)),
    phone: '+390000000000',
    money: 999,
    track_number: state.quota,
  });
