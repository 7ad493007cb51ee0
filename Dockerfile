# Production-like image: build with the Maven wrapper, run the extracted layout (faster than the nested fat jar).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/griddesk-*.jar extract --destination /app

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 griddesk
WORKDIR /app
COPY --from=build /app /app
USER griddesk
EXPOSE 8080
# Sized for a 1 GB container, as measured by bench/run.sh (README, "Performance"); override JAVA_OPTS for more.
ENV JAVA_OPTS="-Xms256m -Xmx384m -XX:+UseSerialGC" MALLOC_ARENA_MAX=2
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/griddesk-0.1.0-SNAPSHOT.jar"]
