import { HttpException } from '@nestjs/common';
import { DomainError, NotFoundError, RequestValidationError } from '@rongtong/kernel';
import { toProblem } from './problem-details';

class UsccInvalid extends DomainError {
  readonly code = 'USCC_INVALID';
  readonly kind = 'unprocessable';
  constructor(check: string) {
    super(`failed ${check}`, { check });
  }
}

class SlotUnavailable extends DomainError {
  readonly code = 'SLOT_UNAVAILABLE';
  readonly kind = 'unprocessable';
  constructor(reasons: { code: string; message: string }[]) {
    super(reasons.map((r) => r.message).join('; '), { reasons });
  }
}

class Unworded extends DomainError {
  readonly code = 'NO_TEXTS_YET';
  readonly kind = 'conflict';
}

describe('toProblem in the caller’s language', () => {
  it('words a domain error from its code and details, title included', () => {
    const zh = toProblem(new UsccInvalid('check_character'), 'c1', 'zh-CN');
    expect(zh.body).toMatchObject({
      code: 'USCC_INVALID',
      check: 'check_character',
      title: '无法处理的内容',
      detail: '统一社会信用代码校验位错误（GB 32100）：第 18 位与前 17 位不符',
    });
    expect(zh.locale).toBe('zh-CN');
    const en = toProblem(new UsccInvalid('check_character'), 'c1', 'en');
    expect(en.body).toMatchObject({ code: 'USCC_INVALID', title: 'Unprocessable Content' });
    expect(en.body.detail).toBe(
      'Unified social credit code failed the check character (GB 32100): character 18 does not check characters 1–17',
    );
  });

  it('is in zh-CN unless told otherwise', () => {
    expect(toProblem(new NotFoundError('Thing'), 'c1').body.detail).toBe('请求的资源不存在');
    expect(toProblem(new NotFoundError('Thing'), 'c1', 'en').body.detail).toBe('Thing not found');
  });

  it('words each field violation, with its rule, keeping field and code', () => {
    const error = new RequestValidationError([
      { field: 'title', message: 'title must be shorter than or equal to 200 characters', rule: 'maxLength' },
      { field: 'tags', message: 'each value in tags must be a string', rule: 'isString' },
      { field: 'extra', message: 'property extra should not exist', rule: 'whitelistValidation' },
    ]);
    const zh = toProblem(error, 'c1', 'zh-CN').body;
    expect(zh.errors).toEqual([
      { field: 'title', message: '不能超过 200 个字符', rule: 'maxLength' },
      { field: 'tags', message: '每一项必须为文本', rule: 'isString' },
      { field: 'extra', message: '不是可识别的字段', rule: 'whitelistValidation' },
    ]);
    expect(zh.detail).toBe('title：不能超过 200 个字符；tags：每一项必须为文本；extra：不是可识别的字段');
    const en = toProblem(error, 'c1', 'en').body;
    expect(en.errors).toEqual([
      { field: 'title', message: 'title must be shorter than or equal to 200 characters', rule: 'maxLength' },
      { field: 'tags', message: 'each value in tags must be a string', rule: 'isString' },
      { field: 'extra', message: 'property extra should not exist', rule: 'whitelistValidation' },
    ]);
    expect(en.detail).toBe(error.message);
  });

  it('words a domain reader’s violations by their English message', () => {
    class ListingInvalid extends DomainError {
      readonly code = 'LISTING_INVALID';
      readonly kind = 'unprocessable';
    }
    const violations = [
      { field: 'category', message: 'is not a equipment category', code: 'CATEGORY_UNKNOWN' },
      { field: 'details.capacity.quantity', message: 'must be greater than 0' },
    ];
    const body = toProblem(new ListingInvalid('x', { errors: violations }), 'c1', 'zh-CN').body;
    expect(body.errors).toEqual([
      { field: 'category', message: '不是设备类目', code: 'CATEGORY_UNKNOWN', rule: 'category_of_kind' },
      { field: 'details.capacity.quantity', message: '必须大于 0', rule: 'greater_than' },
    ]);
  });

  it('words the reasons a slot cannot be booked', () => {
    const reasons = [
      {
        code: 'LEAD_TIME',
        message: 'Bookings must be made 24 hours ahead: the earliest start now is Sat 2026-12-05 10:00 Asia/Shanghai',
      },
    ];
    const body = toProblem(new SlotUnavailable(reasons), 'c1', 'zh-CN').body;
    expect(body.detail).toBe(
      '该时段不可预约：须提前 24 小时预约：当前最早可预约 周六 2026-12-05 10:00（Asia/Shanghai）',
    );
    expect(body.reasons).toEqual([
      { code: 'LEAD_TIME', message: '须提前 24 小时预约：当前最早可预约 周六 2026-12-05 10:00（Asia/Shanghai）' },
    ]);
  });

  it('falls back to the English message for a code without texts', () => {
    expect(toProblem(new Unworded('Not worded yet'), 'c1', 'zh-CN').body.detail).toBe('Not worded yet');
  });

  it('words framework errors and the bare 500', () => {
    const throttled = toProblem(new HttpException('ThrottlerException: Too Many Requests', 429), 'c1', 'zh-CN').body;
    expect(throttled).toMatchObject({
      code: 'RATE_LIMITED',
      title: '请求过于频繁',
      detail: '请求过于频繁，请稍后再试',
    });
    const json = Object.assign(new SyntaxError('Unexpected token } in JSON'), { statusCode: 400 });
    expect(toProblem(json, 'c1', 'en').body).toMatchObject({
      code: 'MALFORMED_JSON',
      detail: 'Unexpected token } in JSON',
    });
    expect(toProblem(json, 'c1', 'zh-CN').body.detail).toBe('请求体不是有效的 JSON');
    const crash = toProblem(new Error('secret internals'), 'c1', 'zh-CN');
    expect(crash.unexpected).toBe(true);
    expect(crash.body.detail).not.toContain('secret');
    expect(crash.body).toMatchObject({ code: 'INTERNAL_ERROR', title: '服务器内部错误' });
  });
});
