#!/usr/bin/env python3
"""`lantoa deploy` against real servers on loopback: an OpenSSH SFTP server (a second sshd on a
free port, with keys made for the test) and an FTP server (vsftpd). For each:

1. deploy the example portal and find the remote byte-identical to the build;
2. edit one article, build, deploy: only the files the build changed move (counted);
3. delete an article, build, deploy: its files and folder are gone from the remote;
4. change the site's title (every page changes), build, and kill the deploy midway while
   checking the remote again and again: every page there finds the stylesheet, script and
   pictures it links; the next deploy completes the job.

Usage: deploy_test.py LANTOA_BINARY SITE_DIR
Needs rclone, openssh-server and vsftpd from Debian (scripts/test installs them) and root for
vsftpd's anonymous writable area and a second sshd.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loopback import free_port, wait_for  # noqa: E402

BINARY, SOURCE = (os.path.abspath(p) for p in sys.argv[1:3])
problems = []


def expect(condition, what):
    if not condition:
        problems.append(what)


def tree(root):
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            files[os.path.relpath(path, root)] = open(path, "rb").read()
    return files


def deploy(site, remote, env, extra=()):
    run = subprocess.run([BINARY, "deploy", "--site", site, "--remote", remote, *extra], capture_output=True, text=True, env=env)
    if run.returncode != 0:
        problems.append(f"lantoa deploy failed: {run.stderr.strip()}")
    done = re.search(r"done: (\d+) uploaded, (\d+) deleted, (\d+) unchanged", run.stdout)
    return tuple(int(x) for x in done.groups()) if done else None


def build(site):
    subprocess.run([BINARY, "build", "-q", "--site", site], check=True)


def build_list(site):
    records = {}
    for line in open(os.path.join(site, ".public.lantoa-files"), encoding="utf-8"):
        parts = line.rstrip("\n").split(" ", 4)
        records[parts[4]] = parts[3]
    return records


def whole(remote_root):
    """Every page on the remote finds what it links from the site: stylesheet, scripts, pictures."""
    missing = []
    for folder, _, names in os.walk(remote_root):
        for name in names:
            if not name.endswith(".html"):
                continue
            try:
                text = open(os.path.join(folder, name), encoding="utf-8", errors="replace").read()
            except FileNotFoundError:
                continue
            for link in re.findall(r'(?:src|href)="(/[^"#?]+\.(?:css|js|png|svg|ico))"', text):
                if not os.path.exists(os.path.join(remote_root, link.lstrip("/"))):
                    missing.append(f"{os.path.relpath(os.path.join(folder, name), remote_root)} → {link}")
    return missing


def differences(remote_root, public):
    """The files the remote lacks, has over, or holds with other bytes than the build: what a failure names."""
    remote, built = tree(remote_root), tree(public)
    return ([f"missing {p}" for p in sorted(built.keys() - remote.keys())] + [f"extra {p}" for p in sorted(remote.keys() - built.keys())]
            + [f"differs {p} ({len(remote[p])} bytes, built {len(built[p])})" for p in sorted(built.keys() & remote.keys()) if remote[p] != built[p]])


def children(pid):
    """The processes whose parent is `pid` (read from /proc, which every Linux has)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = open(f"/proc/{entry}/stat").read()
            except OSError:
                continue
            # The fields after the command name, which is in parentheses and may hold spaces.
            if int(stat[stat.rindex(")") + 2:].split()[1]) == pid:
                found.append(int(entry))
    return found


def scenario(name, remote, remote_root, env, work, settle=None):
    site = os.path.join(work, f"site-{name}")
    shutil.copytree(SOURCE, site, ignore=shutil.ignore_patterns(".build*", "public", ".git", "dist", ".bench", "Sources", "Tests"))
    build(site)
    public = os.path.join(site, "public")
    # 1. Everything.
    first = deploy(site, remote, env)
    expect(first and first[0] == len(build_list(site)), f"{name}: the first deploy moved {first}, not every file")
    expect(tree(remote_root) == tree(public), f"{name}: after the first deploy the remote is not the build")
    # 2. One article edited: only what the build changed moves.
    before = build_list(site)
    article = os.path.join(site, "content/articles/2024/lean-xuong-may.md")
    text = open(article, encoding="utf-8").read()
    open(article, "w", encoding="utf-8").write(text.rstrip("\n") + "\n\nMột đoạn mới được thêm vào bài.\n")
    build(site)
    after = build_list(site)
    changed = sum(1 for path, digest in after.items() if before.get(path) != digest)
    second = deploy(site, remote, env)
    expect(second and second[0] == changed and second[1] == 0, f"{name}: editing one article moved {second}, the build changed {changed} files")
    expect(tree(remote_root) == tree(public), f"{name}: after the second deploy the remote is not the build")
    print(f"deploy: {name}: first {first[0] if first else '?'} files, then {second[0] if second else '?'} for one edited article "
          f"({changed} changed in the build)")
    # 3. An article deleted: gone from the remote, folder and all.
    os.remove(os.path.join(site, "content/articles/2024/co-so-du-lieu-nang-suat.md"))
    build(site)
    third = deploy(site, remote, env)
    expect(third and third[1] > 0, f"{name}: deleting an article deleted nothing ({third})")
    expect(not os.path.exists(os.path.join(remote_root, "tin-tuc/co-so-du-lieu-nang-suat")), f"{name}: the deleted article is still on the remote")
    expect(tree(remote_root) == tree(public), f"{name}: after deleting an article the remote is not the build")
    # 4. Killed midway: whole at every look, finished by the next deploy.
    config = os.path.join(site, "content/site.yml")
    yml = open(config, encoding="utf-8").read()
    open(config, "w", encoding="utf-8").write(yml.replace("\ntitle: ", "\ntitle: Mới – ", 1))
    # A new stylesheet too, so pages must find a file uploaded in the same deploy.
    style = os.path.join(site, "templates/static/assets/style.css")
    if os.path.exists(style):
        open(style, "a", encoding="utf-8").write("\n/* thay đổi */\n")
    build(site)
    process = subprocess.Popen([BINARY, "deploy", "--site", site, "--remote", remote], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    looks = 0
    deadline = time.time() + 1.5
    while process.poll() is None and time.time() < deadline:
        broken = whole(remote_root)
        looks += 1
        expect(not broken, f"{name}: during a deploy a page lacks what it links: {broken[:3]}")
        time.sleep(0.05)
    # The deploy must still be running to be killed midway (a deploy of every page that ended
    # within the looks tests nothing here).
    expect(process.poll() is None, f"{name}: the deploy of every page ended within 1.5 s, before it could be killed midway")
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    # The server may still be ending the killed client's sessions (an FTP server's session
    # processes hold passive ports and half-written files a while): the next deploy is a new
    # visit, after those are over, as a person's would be.
    if settle:
        settle()
    broken = whole(remote_root)
    expect(not broken, f"{name}: after a killed deploy a page lacks what it links: {broken[:3]}")
    if os.environ.get("LANTOA_DEBUG"):
        print(subprocess.run(["rclone", "lsf", "--files-only", "--max-depth", "1", remote], capture_output=True, text=True, env=env))
    fourth = deploy(site, remote, env)
    expect(fourth is not None, f"{name}: the deploy after the killed one failed")
    expect(tree(remote_root) == tree(public),
           f"{name}: the deploy after the killed one did not finish the job: {differences(remote_root, public)[:8]}")
    print(f"deploy: {name}: killed midway after {looks} looks at the remote, finished by the next deploy")


def sftp(work):
    if not shutil.which("sshd") and not os.path.exists("/usr/sbin/sshd"):
        sys.exit("deploy: sshd is missing (Debian openssh-server)")
    port = free_port()
    for key in ("host", "user"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", os.path.join(work, key)], check=True)
    shutil.copy(os.path.join(work, "user.pub"), os.path.join(work, "authorized_keys"))
    os.makedirs("/run/sshd", exist_ok=True)
    config = os.path.join(work, "sshd_config")
    open(config, "w").write(f"""Port {port}
ListenAddress 127.0.0.1
HostKey {work}/host
AuthorizedKeysFile {work}/authorized_keys
PidFile {work}/sshd.pid
StrictModes no
UsePAM no
PasswordAuthentication no
PermitRootLogin prohibit-password
Subsystem sftp internal-sftp
""")
    process = subprocess.Popen(["/usr/sbin/sshd", "-D", "-e", "-f", config], stderr=open(os.path.join(work, "sshd.log"), "w"))
    wait_for(port, process, who="deploy: a server")
    root = os.path.join(work, "sftp-remote")
    os.makedirs(root)
    user = os.environ.get("USER") or subprocess.run(["id", "-un"], capture_output=True, text=True).stdout.strip()
    env = dict(os.environ, RCLONE_CONFIG_LANTOASFTP_TYPE="sftp", RCLONE_CONFIG_LANTOASFTP_HOST="127.0.0.1",
               RCLONE_CONFIG_LANTOASFTP_PORT=str(port), RCLONE_CONFIG_LANTOASFTP_USER=user,
               RCLONE_CONFIG_LANTOASFTP_KEY_FILE=os.path.join(work, "user"))
    try:
        scenario("sftp", f"lantoasftp:{root}", root, env, work)
    finally:
        process.terminate()


def ftp(work):
    if not os.path.exists("/usr/sbin/vsftpd"):
        sys.exit("deploy: vsftpd is missing (Debian vsftpd)")
    port = free_port()
    # Anonymous FTP with a writable folder: no account is made on the machine for the test.
    area = os.path.join(work, "ftp")
    os.makedirs(os.path.join(area, "site"))
    os.chmod(area, 0o555)
    shutil.chown(os.path.join(area, "site"), "ftp", "ftp")
    config = os.path.join(work, "vsftpd.conf")
    open(config, "w").write(f"""listen=YES
listen_address=127.0.0.1
listen_port={port}
anonymous_enable=YES
local_enable=NO
write_enable=YES
anon_upload_enable=YES
anon_mkdir_write_enable=YES
anon_other_write_enable=YES
anon_umask=022
anon_root={area}
no_anon_password=YES
pasv_enable=YES
pasv_address=127.0.0.1
pasv_min_port={port + 1}
pasv_max_port={port + 200}
accept_timeout=10
seccomp_sandbox=NO
secure_chroot_dir={work}/empty
pam_service_name=vsftpd
xferlog_enable=NO
force_dot_files=YES
max_per_ip=0
max_clients=0
""")
    os.makedirs(os.path.join(work, "empty"), exist_ok=True)
    process = subprocess.Popen(["/usr/sbin/vsftpd", config], stderr=open(os.path.join(work, "vsftpd.log"), "w"))
    wait_for(port, process, who="deploy: a server")
    obscured = subprocess.run(["rclone", "obscure", "lantoa"], capture_output=True, text=True, check=True).stdout.strip()
    env = dict(os.environ, RCLONE_CONFIG_LANTOAFTP_TYPE="ftp", RCLONE_CONFIG_LANTOAFTP_HOST="127.0.0.1",
               RCLONE_CONFIG_LANTOAFTP_PORT=str(port), RCLONE_CONFIG_LANTOAFTP_USER="anonymous",
               RCLONE_CONFIG_LANTOAFTP_PASS=obscured)
    def settle():
        deadline = time.time() + 30
        while children(process.pid) and time.time() < deadline:
            time.sleep(0.2)
        if children(process.pid):
            print(f"deploy: ftp: the server still had {len(children(process.pid))} sessions 30 s after the killed deploy")
    try:
        scenario("ftp", "lantoaftp:site", os.path.join(area, "site"), env, work, settle=settle)
    finally:
        process.terminate()


def refusal(work):
    """A remote full of someone else's files: --dry-run lists, a deploy refuses, --force deletes."""
    site = os.path.join(work, "site-refusal")
    shutil.copytree(SOURCE, site, ignore=shutil.ignore_patterns(".build*", "public", ".git", "dist", ".bench", "Sources", "Tests"))
    build(site)
    remote = os.path.join(work, "foreign")
    os.makedirs(os.path.join(remote, "tai-lieu"))
    for k in range(2000):
        open(os.path.join(remote, "tai-lieu", f"{k}.txt"), "w").write("x")
    dry = subprocess.run([BINARY, "deploy", "--site", site, "--remote", remote, "--dry-run"], capture_output=True, text=True)
    expect(dry.returncode == 0 and "delete tai-lieu/0.txt" in dry.stdout and len(os.listdir(os.path.join(remote, "tai-lieu"))) == 2000,
           f"refusal: --dry-run did not list the deletions or changed something: {dry.stdout[-300:]}")
    refused = subprocess.run([BINARY, "deploy", "--site", site, "--remote", remote], capture_output=True, text=True)
    expect(refused.returncode != 0 and "refusing to delete 2000" in refused.stderr and len(os.listdir(os.path.join(remote, "tai-lieu"))) == 2000,
           f"refusal: a deploy deleting every file of the remote was not refused: {refused.stderr[-300:]}")
    forced = subprocess.run([BINARY, "deploy", "--site", site, "--remote", remote, "--force"], capture_output=True, text=True)
    expect(forced.returncode == 0 and not os.path.exists(os.path.join(remote, "tai-lieu")) and tree(remote) == tree(os.path.join(site, "public")),
           f"refusal: --force did not leave exactly the site: {forced.stderr[-300:]}")
    print("deploy: a remote of 2,000 other files: listed by --dry-run, refused, replaced with --force")


def main():
    work = tempfile.mkdtemp(prefix="lantoa-deploy-")
    os.chmod(work, 0o755)
    # The deploy killed midway leaves its list of files in the temporary folder (no program can
    # clean up after SIGKILL): this run's programs keep theirs in the work folder, removed below.
    os.makedirs(os.path.join(work, "tmp"))
    os.environ["TMPDIR"] = os.path.join(work, "tmp")
    try:
        refusal(work)
        sftp(work)
        ftp(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for p in problems[:40]:
        print("  " + p)
    print(f"deploy: {len(problems)} problems")
    sys.exit(1 if problems else 0)


main()
