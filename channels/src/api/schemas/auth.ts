import { input, str, type JsonSchema } from './define';

/** POST /auth/login. @internal */
export const authSchemas: JsonSchema[] = [
  input(
    'cauce-api-login',
    'LoginBody',
    { user: { type: 'string', maxLength: 64 }, password: { type: 'string', maxLength: 256 } },
    ['user', 'password'],
  ),
  {
    $id: 'cauce-api-session-user',
    title: 'SessionUser',
    type: 'object',
    required: ['token', 'user', 'expiresAt'],
    properties: {
      token: str,
      expiresAt: str,
      user: { type: 'object', required: ['id', 'role', 'name'], properties: { id: str, role: str, name: str } },
    },
  },
];
