/** The environment every tool step runs with: Nx without a daemon or cloud, so runs are reproducible. */
export const toolEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
