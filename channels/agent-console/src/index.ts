/**
 * @cauce/agent-console — the agent console SPA (React 19, built with Vite) and the fastify plugin that serves it at
 * `/agente/`. See CONTEXT.md.
 */
export { agentConsole, type AgentConsoleOptions } from './server/agentConsole';
export { ensureConsoleBuilt, type ConsoleBuild } from './server/buildConsole';
