# The hvgate CLI as a small container image that runs as an unprivileged user:
#   docker build -t hvgate .
#   docker run --rm -v "$PWD:/repo" hvgate check
#   docker run --rm -v "$PWD:/repo" hvgate plan --base origin/main --config-ref base
# dist/ holds the whole program (bundled libraries, the HCL grammar, the policies' pages), so the image
# needs Node.js, git (for plan) and nothing else.
FROM node:24-alpine

RUN apk add --no-cache git \
  # The mounted repository belongs to the host's user, not to the image's; git refuses such a folder
  # unless it is marked safe, and the gate reads it only.
  && git config --system --add safe.directory '*'

COPY dist/ /opt/hvgate/

USER node
WORKDIR /repo
ENTRYPOINT ["node", "/opt/hvgate/cli.js"]
CMD ["--help"]
