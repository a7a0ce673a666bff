# Sourced by ./mvnw and ./civitas: makes JAVA_HOME point at a JDK >= 21.
# Order: JAVA_HOME if it is >= 21, else `java` on the PATH if >= 21, else the newest JDK under /usr/lib/jvm.
civitas_java_major() { # prints the major version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1 | cut -d. -f1 || echo 0
}
civitas_select_jdk() {
  local want=21 v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(civitas_java_major "$JAVA_HOME/bin/java"); [ "${v:-0}" -ge "$want" ] 2>/dev/null && return 0
  fi
  if command -v java >/dev/null 2>&1; then
    local j; j=$(readlink -f "$(command -v java)")
    v=$(civitas_java_major "$j")
    if [ "${v:-0}" -ge "$want" ] 2>/dev/null; then export JAVA_HOME="${j%/bin/java}"; return 0; fi
  fi
  local best="" bestv=0 d noglob=0
  case $- in *f*) noglob=1; set +f ;; esac  # mvnw runs with globbing off
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(civitas_java_major "$d/bin/java")
    if [ "${v:-0}" -gt "$bestv" ] 2>/dev/null; then best=$d; bestv=$v; fi
  done
  [ "$noglob" = 1 ] && set -f
  if [ -n "$best" ] && [ "$bestv" -ge "$want" ]; then export JAVA_HOME="$best"; return 0; fi
  echo "Civitas needs a JDK 21 or newer, and none was found (JAVA_HOME, java on the PATH, /usr/lib/jvm)." >&2
  echo "Install one (for example: apt-get install openjdk-21-jdk, or Temurin 21/25) or set JAVA_HOME to it." >&2
  return 1
}
civitas_select_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
