# syntax=docker/dockerfile:1
# One image recipe for every service; MODULE names the Maven module and PORT its HTTP port. The build context is
# the repository root (docker-compose.yml sets it), because a module needs the parent pom and its sibling modules:
#   docker build -f docker/service.Dockerfile --build-arg MODULE=intake-service --build-arg PORT=8081 \
#       -t complaint-suite/intake-service .

FROM maven:3.9-eclipse-temurin-21 AS build
ARG MODULE
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 between builds; "locked" because the three service images build in parallel
# and concurrent Maven runs would corrupt a shared local repository.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    test -n "$MODULE" \
 && mvn -B -ntp -pl "$MODULE" -am -DskipTests package \
 && cp "$MODULE"/target/"$MODULE"-*-exec.jar /service.jar

FROM eclipse-temurin:21-jre
ARG PORT
# curl is for the compose healthcheck; the Ubuntu-based temurin images ship it today, install it if that changes.
RUN command -v curl >/dev/null 2>&1 \
 || (apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*)
RUN useradd --system --no-create-home --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /service.jar /app/app.jar
USER app
ENV SERVER_PORT=${PORT}
EXPOSE ${PORT}
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
