# wharf's own image: Node.js 20, the docker CLI with the Compose v2 plugin, and git.
# It drives the host's Docker Engine through the mounted socket:
#   docker run -v /var/run/docker.sock:/var/run/docker.sock -v /var/lib/wharf:/var/lib/wharf wharf
# BASE can name a local image where no registry is reachable.
ARG BASE=node:20-bookworm-slim

FROM ${BASE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY schemas ./schemas
RUN npx tsc -p tsconfig.build.json && npm prune --omit=dev

FROM ${BASE}
COPY scripts/install-compose-plugin.sh /tmp/
RUN apt-get update \
 && apt-get install -y --no-install-recommends docker.io git ca-certificates openssh-client \
 && bash /tmp/install-compose-plugin.sh && rm /tmp/install-compose-plugin.sh \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/node_modules /opt/wharf/node_modules
COPY --from=build /src/dist /opt/wharf/dist
COPY schemas /opt/wharf/schemas
COPY bin /opt/wharf/bin
COPY package.json /opt/wharf/package.json
ENV NODE_ENV=production WHARF_STATE_DIR=/var/lib/wharf
VOLUME /var/lib/wharf
ENTRYPOINT ["node", "/opt/wharf/bin/wharf.js"]
CMD ["--help"]
