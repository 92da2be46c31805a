FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
RUN useradd --create-home apure
WORKDIR /app
COPY pyproject.toml README.md constraints.txt ./
RUN pip install -c constraints.txt .
COPY . .
# Hashed, compressed static files for whitenoise; the secret is a throwaway for this step.
RUN DEBUG=false ALLOWED_HOSTS=build SECRET_KEY="build-$(python -c 'import secrets; print(secrets.token_hex(32))')" \
    python manage.py collectstatic --noinput
RUN mkdir -p /data/media && chown apure /data/media
USER apure
EXPOSE 8000
CMD ["gunicorn", "apure.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--no-control-socket", "--access-logfile", "-"]
