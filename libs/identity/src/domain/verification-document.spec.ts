import { acceptVerificationDocumentType, verificationDocumentExtensions } from './verification-document';
import { VerificationDocumentTypeNotAllowedError } from './verification-document.errors';

describe('acceptVerificationDocumentType', () => {
  it.each(['application/pdf', 'image/jpeg', 'image/png'])('takes %s', (type) => {
    expect(acceptVerificationDocumentType(type)).toBe(type);
  });

  it.each([
    ['an unrecognised file', undefined],
    ['an SVG', 'image/svg+xml'],
    ['an executable', 'application/x-elf'],
    ['a Word file', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ])('refuses %s, naming what it is and what is allowed', (_, type) => {
    expect(() => acceptVerificationDocumentType(type)).toThrow(VerificationDocumentTypeNotAllowedError);
    try {
      acceptVerificationDocumentType(type);
    } catch (error) {
      expect((error as VerificationDocumentTypeNotAllowedError).details).toEqual({
        field: 'file',
        detectedType: type ?? null,
        allowedTypes: ['application/pdf', 'image/jpeg', 'image/png'],
      });
    }
  });

  it('names downloads with the extension of what the content is', () => {
    expect(verificationDocumentExtensions('image/jpeg')).toEqual(['jpg', 'jpeg']);
    expect(verificationDocumentExtensions('application/pdf')).toEqual(['pdf']);
  });
});
