import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonical } from '../../src/formats/dockerfile/images.js';
import { dockerfile, listImages, type DockerfileDocument } from '../../src/formats/dockerfile/index.js';
import type { ParseContext } from '../../src/formats/types.js';

const context: ParseContext = { cwd: '/', root: '/', options: {}, readFile: () => '', listDir: () => undefined };

function images(text: string) {
  const [parsed] = dockerfile.parse(text, 'Dockerfile', context);
  return listImages(parsed!.document as DockerfileDocument);
}

describe('dockerfile: images used', () => {
  test('the final image base is resolved and marked; builder images are marked as such', () => {
    const uses = images(
      [
        'ARG GO=1.22',
        'FROM golang:${GO}-alpine AS build',
        'RUN --mount=type=bind,from=ghcr.io/acme/assets:2,target=/assets --mount=type=cache,target=/root/.cache true',
        'FROM alpine:3.20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS base',
        'FROM base',
        'COPY --from=build /out/app /app',
        'COPY --from=docker.io/library/nginx:1.27 /etc/nginx/mime.types /etc/',
      ].join('\n'),
    );
    assert.deepEqual(
      uses.map((u) => [u.canonical, u.role, u.stageName, u.final, u.builder, u.line]),
      [
        ['docker.io/library/golang:1.22-alpine', 'base', 'build', false, true, 2],
        ['ghcr.io/acme/assets:2', 'mount', 'build', false, true, 3],
        ['docker.io/library/alpine:3.20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'base', 'base', true, false, 4],
        ['docker.io/library/nginx:1.27', 'copy', null, false, false, 7],
      ],
    );
  });

  test('scratch is no image; an unresolved reference is listed with what was written', () => {
    const uses = images('ARG BASE\nFROM ${BASE}\nFROM scratch\n');
    assert.deepEqual(uses.map((u) => [u.raw, u.reference, u.canonical, u.final]), [['${BASE}', null, null, false]]);
  });

  test('canonical names apply Docker Hub defaults only where no registry is named', () => {
    assert.equal(canonical('golang', null, null), 'docker.io/library/golang:latest');
    assert.equal(canonical('bitnami/redis', '7.2', null), 'docker.io/bitnami/redis:7.2');
    assert.equal(canonical('localhost:5000/app', null, 'sha256:ab'), 'localhost:5000/app@sha256:ab');
    assert.equal(canonical('gcr.io/distroless/static', 'nonroot', null), 'gcr.io/distroless/static:nonroot');
  });
});
