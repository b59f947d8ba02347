# The PlanGraph app (importer, API and web UI). Neo4j runs beside it (docker-compose.yml) or
# anywhere NEO4J_URI points: a server, a cluster or Aura.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Sources come after the dependencies (for the layer cache), so the prepare build waits for them.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/bin ./bin
COPY --from=build /app/data ./data
COPY --from=build /app/graph/migrations ./graph/migrations
EXPOSE 4000
CMD ["sh", "-c", "node dist/graph/cli.js migrate && node dist/import/cli.js import data/jingdezhen-gazette-2026-05.txt --if-absent && node dist/api/main.js"]
