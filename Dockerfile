# A small runtime image for CI pipelines: the Debian package (scripts/package) installed on debian:12-slim.
#   docker build -t schemaplan .
#   docker run --rm -v "$PWD:/work" -w /work schemaplan diff --from schema-v1/ --to schema-v2/
#   docker run --rm --network host -e DATABASE_URL schemaplan drift --db env:DATABASE_URL --schema /work/schema
FROM debian:12 AS build
WORKDIR /src
COPY . .
RUN bash scripts/package --out /package

FROM debian:12-slim
COPY --from=build /package/ /tmp/package/
# apt resolves the package's Depends (libpqxx, libpq, libpg_query, yaml-cpp, OpenSSL) from Debian's archive.
RUN apt-get update \
 && apt-get install -y --no-install-recommends /tmp/package/schemaplan_*.deb \
 && rm -rf /var/lib/apt/lists/* /tmp/package
# schemaplan needs no privileges of its own: the databases it reads are reached over the network.
USER nobody
WORKDIR /work
ENTRYPOINT ["schemaplan"]
CMD ["--help"]
