import type { MessageCatalog } from './format';

/**
 * Errors of the platform and the framework: request shape, routing, limits, the shared
 * kernel's errors. Framework errors keep the English the framework (Fastify, Nest) gave
 * as `{message}`.
 */
export const PLATFORM_MESSAGES: MessageCatalog = {
  VALIDATION_FAILED: { 'zh-CN': '{errors}', en: '{errors}' },
  REGION_UNKNOWN: { 'zh-CN': '{errors}', en: '{errors}' },
  NOT_FOUND: { 'zh-CN': '请求的资源不存在', en: '{message}' },
  REASON_REQUIRED: { 'zh-CN': '请填写原因', en: 'A reason is required' },
  BAD_REQUEST: { 'zh-CN': '请求无效', en: '{message}' },
  BAD_URL: { 'zh-CN': '请求地址无效', en: '{message}' },
  MALFORMED_JSON: { 'zh-CN': '请求体不是有效的 JSON', en: '{message}' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录', en: '{message}' },
  FORBIDDEN: { 'zh-CN': '您无权执行此操作', en: '{message}' },
  METHOD_NOT_ALLOWED: { 'zh-CN': '不支持该请求方法', en: '{message}' },
  NOT_ACCEPTABLE: { 'zh-CN': '无法按所请求的格式返回内容', en: '{message}' },
  CONFLICT: { 'zh-CN': '请求与当前状态冲突', en: '{message}' },
  LENGTH_REQUIRED: { 'zh-CN': '请求须包含 Content-Length 请求头', en: '{message}' },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '请求内容过大', en: '{message}' },
  UNSUPPORTED_MEDIA_TYPE: { 'zh-CN': '不支持该内容类型（Content-Type）', en: '{message}' },
  BODY_TOO_DEEP: {
    'zh-CN': '请求体嵌套层级过深（最多 {maxDepth} 层）',
    en: 'The JSON body is nested deeper than {maxDepth} levels',
  },
  INVALID_CHARACTERS: {
    'zh-CN': '“{field}”含有不允许的字符（空字符或不成对的代理字符）',
    en: '{field} contains a NUL character or a lone surrogate',
  },
  UNPROCESSABLE: { 'zh-CN': '请求无法处理', en: '{message}' },
  RATE_LIMITED: { 'zh-CN': '请求过于频繁，请稍后再试', en: '{message}' },
  SERVICE_UNAVAILABLE: { 'zh-CN': '服务暂时不可用，请稍后再试', en: '{message}' },
  DEPENDENCY_UNAVAILABLE: {
    'zh-CN': '融通所依赖的服务暂时不可用，请稍后重试',
    en: 'A service Rongtong depends on is unavailable: try again shortly',
  },
  INVALID_VALUE: { 'zh-CN': '有取值超出允许范围或不被接受', en: 'A value is out of range or not allowed' },
  INTERNAL_ERROR: {
    'zh-CN': '服务器内部错误，请稍后重试；如问题持续，请凭请求编号（correlationId）联系我们',
    en: 'Something went wrong on our side',
  },
  MULTIPART_REQUIRED: { 'zh-CN': '请以 multipart/form-data 格式上传文件', en: 'Send the file as multipart/form-data' },
  MALFORMED_MULTIPART: {
    'zh-CN': '无法读取上传内容，请检查 multipart 请求格式（{problem}）',
    en: 'The multipart body could not be read: {problem}',
  },
  UPLOAD_TOO_LARGE: { 'zh-CN': '文件超过上传大小上限', en: 'The file is larger than any upload may be' },
};
