export declare const E2E_DATABASE_URL: string;
