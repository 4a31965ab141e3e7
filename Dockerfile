# syntax=docker/dockerfile:1
# studybot: build on Maven + JDK 17, run on a JRE 17, as a non-root user, data/ in a volume.
# Configuration and secrets come from the environment:
#   docker run -e DISCORD_TOKEN=... -e STUDYBOT_DB_URL=... -v studybot-data:/app/data studybot
# With no tokens it starts the console playground; give it a terminal: docker run -it studybot

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# dependencies first, so a source change does not download the world again
COPY pom.xml ./
RUN mvn -B -q dependency:resolve dependency:resolve-plugins
COPY src ./src
COPY roadmap ./roadmap
COPY config ./config
COPY slack ./slack
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# fontconfig lets Java2D find fonts in a headless container; the jar ships its own CJK font subset
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system studybot \
 && useradd --system --gid studybot --home-dir /app --shell /usr/sbin/nologin studybot \
 && mkdir -p /app/data \
 && chown -R studybot:studybot /app
WORKDIR /app
COPY --from=build /src/target/studybot.jar /app/studybot.jar
USER studybot
# the SQLite database, pictures and backups live here
VOLUME ["/app/data"]
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.awt.headless=true -Dfile.encoding=UTF-8"
ENTRYPOINT ["java", "-jar", "/app/studybot.jar"]
CMD ["run"]
