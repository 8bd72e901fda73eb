@echo off
rem rlsim launcher for Windows, the same as ./rlsim: builds target\rlsim.jar when it is missing or older
rem than the sources, then runs it. In a release (mvn package -Pdist), rlsim.jar lies beside this file
rem and nothing is built.
setlocal
set "here=%~dp0"
set "jar=%here%target\rlsim.jar"
if exist "%here%rlsim.jar" if not exist "%here%pom.xml" (
  set "jar=%here%rlsim.jar"
  goto run
)
set "stale="
if not exist "%jar%" set "stale=1"
if not defined stale for /f %%i in ('powershell -NoProfile -Command "$j = (Get-Item -LiteralPath $env:jar).LastWriteTime; if (Get-ChildItem -Recurse -File -LiteralPath (Join-Path $env:here src\main), (Join-Path $env:here scenarios), (Join-Path $env:here pom.xml) | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1) { 1 }"') do set "stale=1"
if not defined stale goto run
echo rlsim: building target\rlsim.jar (needs Java 17 and Maven; the first build takes a minute)... 1>&2
set "log=%TEMP%\rlsim-build-%RANDOM%.log"
pushd "%here%"
call mvn -q -B -Dstyle.color=never -DskipTests package > "%log%" 2>&1
set "built=%ERRORLEVEL%"
popd
if not "%built%"=="0" (
  powershell -NoProfile -Command "Get-Content -LiteralPath $env:log -Tail 20" 1>&2
  echo rlsim: the build failed ^(last lines above^); run "mvn package" in %here% to see everything 1>&2
  del "%log%" 2>nul
  exit /b 70
)
del "%log%" 2>nul
:run
rem C1 only and the serial collector: a run lasts about a second; the explore server runs long and gets
rem the optimising compiler too (see the bash launcher).
set "jit=-XX:TieredStopAtLevel=1"
if /i "%~1"=="explore" set "jit=-XX:+TieredCompilation"
rem Sobol indices (sensitivity --global) run thousands of runs: the optimising compiler too (see rlsim).
if /i "%~1"=="sensitivity" for %%a in (%*) do if /i "%%~a"=="--global" set "jit=-XX:+TieredCompilation -XX:CompileThresholdScaling=10"
java %jit% -XX:+UseSerialGC -Djava.awt.headless=true -jar "%jar%" %*
exit /b %ERRORLEVEL%
