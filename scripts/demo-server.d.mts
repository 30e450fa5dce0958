export declare const DEMO_PATH: string;
export declare function startDemoServer(port?: number): Promise<{ origin: string; close(): Promise<void> }>;
