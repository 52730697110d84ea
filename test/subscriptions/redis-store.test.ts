import { describeStoreContract } from './store-contract';

describeStoreContract('redis', () => process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
