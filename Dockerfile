# syntax=docker/dockerfile:1
# One image for the web, worker and beat services of docker-compose.yml; docker/entrypoint
# picks the process (`web` by default).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin app

WORKDIR /app
# Dependencies first, at the exact versions and hashes of the lock: a layer that a code
# change does not rebuild.
COPY requirements/base.lock requirements/base.lock
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install --require-hashes -r requirements/base.lock
COPY . .
RUN pip install --no-deps --no-cache-dir . && rm -rf build ./*.egg-info

# Compiled translations and collected static files are part of the image. Loading the
# settings needs production variables: throwaway values that exist only in this build step,
# never in the image (DATABASE_URL set, or the settings would start an embedded PostgreSQL;
# nothing here connects to it).
RUN export DEBUG=false \
      SECRET_KEY=build-only-not-a-secret-build-only-not-a-secret-build-only \
      ALLOWED_HOSTS=build.invalid \
      DATABASE_URL=postgres://build@build.invalid:5432/build \
 && python manage.py compile_translations -v0 \
 && python manage.py collectstatic --noinput -v0 \
 && python manage.py check --deploy --fail-level WARNING

# The code stays root's; the app user writes only uploaded media (a volume in compose).
RUN mkdir -p var/media && chown app:app var/media

USER app
EXPOSE 8000
ENTRYPOINT ["/app/docker/entrypoint"]
CMD ["web"]
