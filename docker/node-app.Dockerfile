# Multi-stage image for a Puente Node app: APP=api (its image also holds migrate.cjs) or APP=worker.
#   docker build -f docker/node-app.Dockerfile --build-arg APP=api -t puente-api .
#   docker build -f docker/node-app.Dockerfile --build-arg APP=worker -t puente-worker .
ARG NODE_VERSION=20.20.2

FROM node:${NODE_VERSION}-bookworm-slim AS dependencies
WORKDIR /workspace
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund

FROM dependencies AS build
ARG APP
COPY nx.json tsconfig.base.json eslint.config.mjs ./
COPY tools ./tools
COPY apps ./apps
COPY libs ./libs
# The api image also carries the web app it serves at /.
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx build ${APP} && \
    if [ "$APP" = "api" ]; then NX_DAEMON=false NX_NO_CLOUD=true npx nx build web; else mkdir -p dist/apps/web; fi

FROM node:${NODE_VERSION}-bookworm-slim AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ARG APP
ENV NODE_ENV=production \
    PUENTE_DATA_DIR=/var/lib/puente \
    APP_ENTRY=/app/dist/main.cjs \
    WEB_DIST_DIR=/app/web
WORKDIR /app
RUN mkdir -p /var/lib/puente && chown node:node /var/lib/puente
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /workspace/dist/apps/${APP} ./dist
COPY --from=build /workspace/dist/apps/web ./web
USER node
# Exec form through node so SIGTERM reaches the app and graceful shutdown runs.
CMD ["sh", "-c", "exec node \"$APP_ENTRY\""]
