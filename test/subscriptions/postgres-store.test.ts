import { describeStoreContract } from './store-contract';

describeStoreContract('postgres', () => process.env.POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test');
